//! The JavaScript binding: the only module that knows about wasm-bindgen. It reads the options through
//! serde-wasm-bindgen and hands the [`Analysis`](crate::Analysis) over in its [`compact`](crate::compact)
//! form, which `build_analysis.js` turns into the documented plain object in one call.

use wasm_bindgen::prelude::*;

use crate::Options;

#[wasm_bindgen(module = "/src/wasm/build_analysis.js")]
extern "C" {
    /// Builds the documented `Analysis` object from the compact form.
    fn build_analysis(numbers: &[u32], strings: &str) -> JsValue;
}

/// `analyze(text, {date})` -> the documented `Analysis` object.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("bad options: {e}")))?
    };
    let compact = crate::compact::analyze(text, &options);
    Ok(build_analysis(&compact.numbers, &compact.strings))
}

/// The crate version, so the page can show what it runs.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
