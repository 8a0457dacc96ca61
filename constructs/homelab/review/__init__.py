"""Review a model change before it is written: the rendered diff against a committed revision.

``git.py`` reads the committed output at a revision, ``semantic.py`` compares two renderings object
by object and picks out what a reviewer must not miss, ``format.py`` prints it (terminal or Markdown),
and ``diff.py`` is the command (``make diff``, ``python main.py --diff [REF]``).
"""
