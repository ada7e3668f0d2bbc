// Tests for ShopperCoreTests live beside this file.
