"""Prompt optimization: the metric, the optimizers with their budgets, the run guard and the runner."""
