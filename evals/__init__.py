"""Golden-question evaluation: run the real chain over golden sets, score it, gate CI on it."""
