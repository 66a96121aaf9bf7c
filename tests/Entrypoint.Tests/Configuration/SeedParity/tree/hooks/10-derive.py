def prehook(variables):
    variables["derived"] = variables["database"]["max_connections"] * 2
    variables["seen"] = ["prehook"]
