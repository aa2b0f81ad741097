print("pm")
