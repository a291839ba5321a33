(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rs"]={"key":"rs","forms":{"rs":[0],"rsft":[1]},"terms":[{"w":575,"p":"qVO"},{"w":575,"p":"uCN"}]};
