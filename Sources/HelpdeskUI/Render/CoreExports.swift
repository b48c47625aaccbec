// TextWidth, ExternalEditor and UserConfig moved to HelpdeskCore (the CLI uses them without the
// UI). Re-exporting the core keeps every HelpdeskUI file that measured text before the move
// compiling without an import of its own, and gives HelpdeskUI's clients the core as before.
@_exported import HelpdeskCore
