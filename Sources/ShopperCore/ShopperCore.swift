// ShopperCore
