from lumbar_coach.art.commands import main

raise SystemExit(main())
