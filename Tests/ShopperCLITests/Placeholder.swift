// Tests for ShopperCLITests live beside this file.
