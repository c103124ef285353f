// placeholder until the CLI build lands
