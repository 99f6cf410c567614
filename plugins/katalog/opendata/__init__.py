"""The open-data output: the catalogue in Open Referral HSDS 3.0, as JSON and as a Tabular Data Package."""
