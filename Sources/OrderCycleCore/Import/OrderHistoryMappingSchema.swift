/// `import/mapping.schema.json` as the importer checks every mapping against it; a test holds
/// this copy equal to the shipped file.
extension OrderHistoryMapping {
    public static let schema = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://ordercycle.example/import/mapping.schema.json",
  "title": "OrderCycle order history mapping",
  "description": "How the columns of another system's order history (CSV) become OrderCycle's orders, clients, products and claims. Every key is checked: an unknown key is an error. docs/importing.md describes each key.",
  "type": "object",
  "additionalProperties": false,
  "required": ["name", "date_format", "currency", "order", "client", "line"],
  "properties": {
    "$schema": { "type": "string", "description": "The schema this mapping is written against (ignored)." },
    "name": { "type": "string", "minLength": 1, "description": "What the history is; kept in the audit trail and on imported claims." },
    "description": { "type": "string", "description": "Free text for the reader of the mapping." },
    "date_format": { "type": "string", "minLength": 1, "description": "Unicode date pattern of the date columns, e.g. yyyy-MM-dd, dd.MM.yyyy, M/d/yyyy." },
    "currency": { "type": "string", "minLength": 3, "maxLength": 3, "description": "ISO 4217 code of the amounts." },
    "order": {
      "type": "object",
      "additionalProperties": false,
      "required": ["key", "received"],
      "properties": {
        "key": { "type": "string", "minLength": 1, "description": "Column whose rows with one value are the lines of one order; kept as the order's external reference." },
        "received": { "type": "string", "minLength": 1, "description": "Column of the day the order was received." },
        "dispatched": { "type": "string", "minLength": 1, "description": "Column of the day it was dispatched." },
        "delivered": { "type": "string", "minLength": 1, "description": "Column of the day it was delivered." },
        "promised": { "type": "string", "minLength": 1, "description": "Column of the promised day." },
        "delivery_method": { "type": "string", "minLength": 1, "description": "Column naming how the order travelled (ship mode, carrier)." }
      }
    },
    "promised_lead_days": {
      "type": "object",
      "additionalProperties": false,
      "required": ["column", "values"],
      "description": "A promised lead time in days per value of a column: promised day = received day + days.",
      "properties": {
        "column": { "type": "string", "minLength": 1 },
        "values": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 3650 } }
      }
    },
    "promised_milestone": { "enum": ["delivery", "dispatch"], "description": "What the promise is about; delivery when omitted." },
    "client": {
      "type": "object",
      "additionalProperties": false,
      "required": ["code", "name"],
      "properties": {
        "code": { "type": "string", "minLength": 1, "description": "Column of the client's own code." },
        "name": { "type": "string", "minLength": 1, "description": "Column of the client's name." },
        "segment": { "type": "string", "minLength": 1, "description": "Column of the segment; General when omitted." },
        "kind": { "enum": ["customer", "supplier", "partner", "department", "employee"], "description": "The kind of every imported client; customer when omitted." },
        "party": { "enum": ["person", "company"], "description": "Whether every imported client is a person or a company; company when omitted." },
        "city": { "type": "string", "minLength": 1 },
        "region": { "type": "string", "minLength": 1 },
        "postal_code": { "type": "string", "minLength": 1 },
        "country": { "type": "string", "minLength": 1 }
      }
    },
    "line": {
      "type": "object",
      "additionalProperties": false,
      "required": ["sku", "quantity"],
      "properties": {
        "sku": { "type": "string", "minLength": 1, "description": "Column of the product's code (SKU)." },
        "name": { "type": "string", "minLength": 1, "description": "Column of the product's name; the SKU when omitted." },
        "category": { "type": "string", "minLength": 1, "description": "Column of the product's category; General when omitted." },
        "quantity": { "type": "string", "minLength": 1, "description": "Column of the quantity, a whole number from 1 to 1000000." },
        "amount": { "type": "string", "minLength": 1, "description": "Column of the line's amount (price × quantity)." },
        "unit_price": { "type": "string", "minLength": 1, "description": "Column of the unit price, where the source has it instead of an amount." },
        "decimal_separator": { "enum": [".", ","], "description": "The amounts' decimal separator; a point when omitted." }
      }
    },
    "managers": {
      "type": "object",
      "additionalProperties": false,
      "required": ["column", "file", "file_key", "file_name"],
      "description": "The responsible manager per value of a column, from a side file beside the history.",
      "properties": {
        "column": { "type": "string", "minLength": 1 },
        "file": { "type": "string", "minLength": 1 },
        "file_key": { "type": "string", "minLength": 1 },
        "file_name": { "type": "string", "minLength": 1 }
      }
    },
    "claims": {
      "type": "object",
      "additionalProperties": false,
      "required": ["file", "order_key", "reason"],
      "description": "Claims from a side file listing the keys of claimed orders, optionally only its rows whose filter_column holds filter_value.",
      "properties": {
        "file": { "type": "string", "minLength": 1 },
        "order_key": { "type": "string", "minLength": 1 },
        "reason": { "enum": ["damaged", "shortage", "late", "wrong_item", "quality", "returned", "other"] },
        "filter_column": { "type": "string", "minLength": 1 },
        "filter_value": { "type": "string" }
      }
    }
  }
}
"""#
}
