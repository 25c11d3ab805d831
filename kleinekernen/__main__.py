from kleinekernen.cli import main

raise SystemExit(main())
