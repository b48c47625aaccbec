// The composition root: parse the command line and run the command (no subcommand opens the TUI).
HelpdeskCommand.runMain()
