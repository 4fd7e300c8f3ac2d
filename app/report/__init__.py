"""What the parent takes to a complaint: the report (report.py gathers, docx_report.py and
pdf_report.py write), the evidence bundle (bundle.py) and the correction letter (letter.py)."""
