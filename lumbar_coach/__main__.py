from lumbar_coach.app import main

raise SystemExit(main())
