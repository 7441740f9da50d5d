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
    "timezone": { "type": "string", "minLength": 1, "description": "IANA time zone of the source's times of day (e.g. America/Sao_Paulo); the company's zone when omitted. Used only when date_format has a time of day." },
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
        "delivery_method": { "type": "string", "minLength": 1, "description": "Column naming how the order travelled (ship mode, carrier)." },
        "status": {
          "type": "object",
          "additionalProperties": false,
          "required": ["column", "values"],
          "description": "Column of the order's status and the status each of its texts means; a cancelled order is judged by no figure.",
          "properties": {
            "column": { "type": "string", "minLength": 1 },
            "values": { "type": "object", "additionalProperties": { "enum": ["received", "dispatched", "delivered", "cancelled"] } }
          }
        }
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
      "description": "Who ordered: code and name columns, or anonymous (every order a client of its own), or constant (one client for all).",
      "properties": {
        "code": { "type": "string", "minLength": 1, "description": "Column of the client's own code." },
        "name": { "type": "string", "minLength": 1, "description": "Column of the client's name." },
        "anonymous": { "enum": [true], "description": "Every order is a client of its own, coded ANON-<order key>." },
        "constant": {
          "type": "object",
          "additionalProperties": false,
          "required": ["code", "name"],
          "description": "One client for every order.",
          "properties": { "code": { "type": "string", "minLength": 1 }, "name": { "type": "string", "minLength": 1 } }
        },
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
      "description": "Claims from a side file listing the keys of claimed orders (all of one reason, optionally only the rows whose filter_column holds filter_value), or from a column — of the side file, or of the orders file when no file is named — whose texts map to reasons (null: no claim).",
      "properties": {
        "file": { "type": "string", "minLength": 1 },
        "order_key": { "type": "string", "minLength": 1 },
        "reason": { "enum": ["damaged", "shortage", "late", "wrong_item", "quality", "returned", "other"] },
        "filter_column": { "type": "string", "minLength": 1 },
        "filter_value": { "type": "string" },
        "column": { "type": "string", "minLength": 1 },
        "reasons": { "type": "object", "additionalProperties": { "enum": ["damaged", "shortage", "late", "wrong_item", "quality", "returned", "other", null] } }
      }
    },
    "rating": {
      "type": "object",
      "additionalProperties": false,
      "required": ["column"],
      "description": "The order's review: a score from 1 to 5 (its rating) and a comment.",
      "properties": {
        "column": { "type": "string", "minLength": 1 },
        "comment": { "type": "string", "minLength": 1 }
      }
    }
  }
}
"""#
}
