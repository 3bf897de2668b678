"""zoo-sdk."""
