from newsevents.cli import main

raise SystemExit(main())
