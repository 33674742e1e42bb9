//! The JavaScript binding: the only module that knows about wasm-bindgen. It converts the options in and
//! the [`Analysis`] out through serde-wasm-bindgen, as plain JSON-compatible objects.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

/// `analyze(text, {date})` -> the documented `Analysis` object.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let analysis = crate::analyze(text, &options);
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, so the page can show what it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
