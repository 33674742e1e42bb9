//! The WASM build, run in headless Chromium by wasm-bindgen-test (`make test-wasm`): the exported
//! binding returns the same analysis as the native build on the seed articles.
#![cfg(target_arch = "wasm32")]

use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: &str = include_str!(env!("SEEDS"));
const NATIVE: &str = include_str!(env!("NATIVE_SEEDS"));

fn options(date: &Value) -> JsValue {
    let object = js_sys::Object::new();
    if let Some(d) = date.as_str() {
        js_sys::Reflect::set(&object, &"date".into(), &d.into()).unwrap();
    }
    object.into()
}

#[wasm_bindgen_test]
fn wasm_binding_matches_native_analysis_on_seeds() {
    let seeds: Vec<Value> = SEEDS.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let native: Vec<Value> = NATIVE.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(seeds.len(), 3);
    assert_eq!(native.len(), seeds.len());
    for (seed, expected) in seeds.iter().zip(&native) {
        let result = article_lens::wasm::analyze(seed["text"].as_str().unwrap(), options(&seed["date"])).unwrap();
        let json: String = js_sys::JSON::stringify(&result).unwrap().into();
        let got: Value = serde_json::from_str(&json).unwrap();
        assert!(got["mentions"].as_array().is_some_and(|m| !m.is_empty()), "no mentions for {}", seed["id"]);
        assert_eq!(&got, expected, "WASM and native differ on {}", seed["id"]);
    }
}

#[wasm_bindgen_test]
fn wasm_binding_rejects_bad_options_with_an_error() {
    let result = article_lens::wasm::analyze("text", JsValue::from_str("not an object"));
    assert!(result.is_err());
}
