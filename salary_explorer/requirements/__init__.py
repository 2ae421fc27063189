"""What each kind of role asks for: comparison matrix, education ladder, match score."""
