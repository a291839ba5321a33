(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-io"]={"key":"io","forms":{"io":[0],"iou":[1]},"terms":[{"w":428,"p":"fJnDOZKhOJQKJK"},{"w":524,"p":"jeYqIJ"}]};
