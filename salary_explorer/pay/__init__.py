"""Job seekers' pay: range tables, the offer check and its charts."""
