"""The consistency audit: within each plan, across plans, against higher-level targets, against statistics."""
