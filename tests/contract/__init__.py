"""Contract fuzzing of the emulator against the bundled specs (schemathesis)."""
