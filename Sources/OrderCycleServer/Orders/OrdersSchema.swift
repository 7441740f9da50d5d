import Fluent
import Foundation

/// The stock and orders areas' migrations, in order.
enum OrdersSchema {
    static func migrations(timeZone: TimeZone) -> [any Migration] { [
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
        AddClaimCreatedDay(timeZone: timeZone),
    ] }
}
