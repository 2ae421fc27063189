"""The analysts' explorer: facets, filters and the table it shows and exports."""
