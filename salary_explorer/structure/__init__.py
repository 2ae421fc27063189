"""The wage structure and scale the law requires (struktur dan skala upah): method, checks, documents."""
