"""Entry point of the desktop bundle.

It runs the same command line as the installed ``annotator`` script, so the
bundled executable opens the app when double-clicked (no command) and still
answers ``annotator list``, ``annotator check``, ``annotator screenshot`` ...
"""

import sys

from annotator.launch import main

if __name__ == "__main__":
    sys.exit(main())
