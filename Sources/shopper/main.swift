print("shopper")
