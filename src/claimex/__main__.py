"""``python -m claimex`` runs the command line."""

from claimex.cli import main

raise SystemExit(main())
