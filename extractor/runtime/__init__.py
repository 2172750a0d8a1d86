"""Plumbing: the cache, JSON written atomically, folders, the terminal and signals, worker processes, inputs."""
