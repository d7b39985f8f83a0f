import sys

from annotator.launch import main

sys.exit(main())
