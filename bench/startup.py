# Empty program: measures process start to exit.
