"""What people look at: the Russian HTML report with charts, its Word summary, and the QA
review page of one document (pipelines/cmd_report.py, pipelines/cmd_review.py)."""
