"""Second Thought: a local companion that checks social-media drafts against university policies."""

__version__ = "0.1.0"
