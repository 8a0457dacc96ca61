"""Layers 1 and 2 rendered with cdk8s: one cdk8s Chart per git-sourced Application folder."""
