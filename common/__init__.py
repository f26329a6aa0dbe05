"""Small mechanisms shared by several apps, without models: cache generations
(``generation``), request rate limits (``ratelimit``) and the embedded CJK font
for PDFs (``pdf_fonts``). The bottom layer: it imports no project app."""
