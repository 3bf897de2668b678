"""Code generation for zoo-sdk: spec lint/format/bundle, client generation, drift check, diff."""
