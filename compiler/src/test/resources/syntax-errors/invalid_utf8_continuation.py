s = "abâ‚c"
