"""HR salary bands: band math and quick-set methods, the ladder's state, band files and charts."""
