import Fluent

/// The stock and orders areas' migrations, in order.
enum OrdersSchema {
    static let migrations: [any Migration] = [
        CreateProducts(),
        CreateStockItems(),
        CreateStockMovements(),
        CreateNumberSeries(),
        CreateOrders(),
        CreateOrderLines(),
        CreateOrderEvents(),
        CreateStageIntervals(),
        CreateExecutionPlans(),
        CreateInvoices(),
        CreateClaims(),
        CreateOrderComments(),
        CreateOrderChangeRequests(),
        AddOrderDeliveryMethod(),
        AddOrderSplits(),
        CreateClaimPhotos(),
        AddOrderListIndexes(),
    ]
}
