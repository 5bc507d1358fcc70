"""Word (python-docx) and Excel (openpyxl) documents, and the Excel importer. No Qt.

Writers read the workspace through a session and the model; they never change it.
The importer only *reads* a workbook and plans changes; the services apply them.
"""
