import Fluent

/// The quality area's migrations, in order.
enum QualitySchema {
    static let migrations: [any Migration] = [
        CreateServiceStandards(),
        CreateQualityRollups(),
        AddQualityConsumerMonths(),
    ]
}
