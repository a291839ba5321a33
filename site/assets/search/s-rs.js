(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rs"]={"key":"rs","forms":{"rs":[0],"rsft":[1]},"terms":[{"w":575,"p":"qVK"},{"w":575,"p":"uCJ"}]};
