"""Trend models, ambition of targets against trends, ex-post outcomes and sensitivity."""
