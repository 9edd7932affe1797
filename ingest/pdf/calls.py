"""PDFium functions rebound with plain `void*` / integer arguments.

pypdfium2's raw bindings type every handle as a pointer to an opaque struct, so each call
converts its arguments and wraps its result; a page costs thousands of such calls (one or two
per character, a few per page object). The same C functions bound with `c_void_p` take and
return handles as plain integers: ~3x less overhead per call, and `map` can drive them with
no Python code per call.
"""

from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING

from pypdfium2 import raw

if TYPE_CHECKING:
    from _ctypes import CFuncPtr, _CData


def _fast(func: CFuncPtr, restype: type[_CData] | None, *argtypes: type[_CData]) -> CFuncPtr:
    """The same PDFium function with plain void* arguments."""
    address = ctypes.cast(func, ctypes.c_void_p).value
    if address is None:  # a function of the loaded library has an address
        raise RuntimeError("PDFium function without an address")
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


def address(handle: _CData) -> int:
    """A pypdfium2 handle (a typed pointer) as the integer the functions below take."""
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


_VOIDP, _INT, _ULONG = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong

# text page: (textpage, index) → text object; (textpage, index, FS_RECTF*) → ok.
# The text object comes back as an unsigned integer, 0 for none (c_void_p gives None), so
# that numpy can take a page's objects straight from the calls.
text_object = _fast(raw.FPDFText_GetTextObject, ctypes.c_size_t, _VOIDP, _INT)
loose_char_box = _fast(raw.FPDFText_GetLooseCharBox, _INT, _VOIDP, _INT, _VOIDP)
char_matrix = _fast(raw.FPDFText_GetMatrix, _INT, _VOIDP, _INT, _VOIDP)

# fonts of text objects
text_font = _fast(raw.FPDFTextObj_GetFont, _VOIDP, _VOIDP)
base_font_name = _fast(raw.FPDFFont_GetBaseFontName, _ULONG, _VOIDP, _VOIDP, _ULONG)
font_weight = _fast(raw.FPDFFont_GetWeight, _INT, _VOIDP)

# page objects and form XObjects' children
page_count_objects = _fast(raw.FPDFPage_CountObjects, _INT, _VOIDP)
page_object = _fast(raw.FPDFPage_GetObject, _VOIDP, _VOIDP, _INT)
form_count_objects = _fast(raw.FPDFFormObj_CountObjects, _INT, _VOIDP)
form_object = _fast(raw.FPDFFormObj_GetObject, _VOIDP, _VOIDP, _ULONG)
object_type = _fast(raw.FPDFPageObj_GetType, _INT, _VOIDP)
object_matrix = _fast(raw.FPDFPageObj_GetMatrix, _INT, _VOIDP, _VOIDP)

# path objects
path_count_segments = _fast(raw.FPDFPath_CountSegments, _INT, _VOIDP)
path_segment = _fast(raw.FPDFPath_GetPathSegment, _VOIDP, _VOIDP, _INT)
segment_point = _fast(raw.FPDFPathSegment_GetPoint, _INT, _VOIDP, _VOIDP, _VOIDP)
segment_type = _fast(raw.FPDFPathSegment_GetType, _INT, _VOIDP)
segment_close = _fast(raw.FPDFPathSegment_GetClose, _INT, _VOIDP)
