"""Legal knowledge as dated, cited data and the small engine that interprets it."""
